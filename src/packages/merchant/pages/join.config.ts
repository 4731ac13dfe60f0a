export default definePageConfig({ navigationBarTitleText: '参加商圈活动' });
