export default definePageConfig({ navigationBarTitleText: '推进项目' });
