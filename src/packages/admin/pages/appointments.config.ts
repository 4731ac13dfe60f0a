export default definePageConfig({ navigationBarTitleText: '管理员任命', enablePullDownRefresh: true });
