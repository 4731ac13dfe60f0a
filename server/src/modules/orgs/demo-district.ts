/**
 * 城阳区 as the source articles describe it: 城阳街道 with 35 rural and 8 urban communities (2017),
 * 红岛街道 with 西大洋社区, and the district's other streets. Place names only, never people.
 */
export const DISTRICT_NAME = '中共青岛市城阳区委';

export const CHENGYANG_RURAL = [
  '城阳村', '小北曲', '后田', '西田', '东田', '前旺疃', '西旺疃', '城子', '大北曲后', '大北曲前', '大北曲西', '西城汇',
  '董村', '后金', '仲村', '韩家', '寺西', '寺北', '寺东', '五里堆', '呼家庄', '郝家营', '大周村', '向阳', '山色峪',
  '古镇', '前桃林', '后桃林', '荆家', '肖家', '皂户', '西小寨', '东小寨', '南疃', '北旺疃',
];
export const CHENGYANG_URBAN = ['顺德居', '中城路', '正阳路', '文阳路', '长城路', '明阳路', '兴阳路', '青大路'];

/** Other streets: enough rural communities that 40 communities can pair across street lines. */
export const OTHER_STREETS: { name: string; rural: string[]; urban: string[] }[] = [
  { name: '红岛街道', rural: ['西大洋', '东大洋', '宿流', '西后楼', '东后楼', '前阳', '后阳', '肖家屯'], urban: ['红岛'] },
  { name: '惜福镇街道', rural: ['下蜜蜂', '上蜜蜂', '青峰', '书院', '傅家埠', '王家曹村'], urban: ['惜福镇'] },
  { name: '夏庄街道', rural: ['源头', '云头崮', '丹山', '少山', '东宅子头'], urban: ['夏庄'] },
  { name: '流亭街道', rural: ['仙家寨', '赵红埠', '西流亭', '东流亭'], urban: ['流亭'] },
  { name: '棘洪滩街道', rural: ['南万', '北万', '下崖', '锦盛'], urban: ['棘洪滩'] },
  { name: '上马街道', rural: ['东城门', '西城门', '程哥庄', '南程'], urban: ['上马'] },
  { name: '河套街道', rural: ['罗家营', '西大荒', '东大荒'], urban: ['河套'] },
];

/** 2020: 951 two-new organisations with party members, all covered; a few hundred more without members. */
export const NEW_ORGANIZATIONS_SHOULD_ESTABLISH = 951;
export const NEW_ORGANIZATIONS_WITHOUT_MEMBERS = 240;
