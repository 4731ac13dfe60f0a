export default definePageConfig({ navigationBarTitleText: '发布商圈活动' });
