export default definePageConfig({
  navigationBarTitleText: '阳光党建',
  enablePullDownRefresh: true,
});
