export default definePageConfig({ navigationBarTitleText: '发展记录' });
