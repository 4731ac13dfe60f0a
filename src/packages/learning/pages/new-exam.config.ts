export default definePageConfig({ navigationBarTitleText: '新建考试', enablePullDownRefresh: true });
