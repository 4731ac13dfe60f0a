export default definePageConfig({
  navigationBarTitleText: '党员中心',
});
