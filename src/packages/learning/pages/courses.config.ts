export default definePageConfig({ navigationBarTitleText: '流动党校', enablePullDownRefresh: true });
