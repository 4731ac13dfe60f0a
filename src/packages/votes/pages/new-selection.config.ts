export default definePageConfig({ navigationBarTitleText: '发起阳光党员评选' });
