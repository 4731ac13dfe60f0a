export default definePageConfig({ navigationBarTitleText: '投票与公示', enablePullDownRefresh: true });
