export default definePageConfig({ navigationBarTitleText: '记录会议', enablePullDownRefresh: false });
