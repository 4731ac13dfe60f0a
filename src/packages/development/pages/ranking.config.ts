export default definePageConfig({ navigationBarTitleText: '积极分子积分排行', enablePullDownRefresh: true });
