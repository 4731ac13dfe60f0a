export default definePageConfig({ navigationBarTitleText: '上机考试', enablePullDownRefresh: false });
