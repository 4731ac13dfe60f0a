export default definePageConfig({ navigationBarTitleText: '阳光党员评选' });
