export default definePageConfig({ navigationBarTitleText: '公开档案排名' });
