export default definePageConfig({ navigationBarTitleText: '党组织评定', enablePullDownRefresh: true });
