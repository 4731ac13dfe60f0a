export default definePageConfig({ navigationBarTitleText: '题库导入', enablePullDownRefresh: false });
