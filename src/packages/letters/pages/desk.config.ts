export default definePageConfig({ navigationBarTitleText: '来信办理', enablePullDownRefresh: true });
