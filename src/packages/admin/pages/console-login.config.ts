export default definePageConfig({ navigationBarTitleText: '登录桌面工作台' });
