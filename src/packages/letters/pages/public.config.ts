export default definePageConfig({ navigationBarTitleText: '公开来信', enablePullDownRefresh: true });
