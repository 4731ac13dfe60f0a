export default definePageConfig({ navigationBarTitleText: '联建共建', enablePullDownRefresh: true });
