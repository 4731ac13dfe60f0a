export default definePageConfig({ navigationBarTitleText: '发布课程', enablePullDownRefresh: false });
