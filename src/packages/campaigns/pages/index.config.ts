export default definePageConfig({ navigationBarTitleText: '商圈活动', enablePullDownRefresh: true });
