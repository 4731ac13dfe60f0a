export default definePageConfig({ navigationBarTitleText: '商圈联盟管理', enablePullDownRefresh: true });
