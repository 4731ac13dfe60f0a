import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { Community, NewOrganization, Organization, Street, type OrganizationKind } from './entities';
import { CHENGYANG_RURAL, CHENGYANG_URBAN, DISTRICT_NAME, NEW_ORGANIZATIONS_SHOULD_ESTABLISH, NEW_ORGANIZATIONS_WITHOUT_MEMBERS, OTHER_STREETS } from './demo-district';

export async function createOrganization(db: EntityManager, name: string, kind: OrganizationKind, parent: Organization | null): Promise<Organization> {
  const org = await db.save(db.create(Organization, { name, kind, parentId: parent?.id ?? null, path: 'pending' }));
  org.path = `${parent ? parent.path : '/'}${org.id}/`;
  await db.update(Organization, { id: org.id }, { path: org.path });
  return org;
}

/** Demo district: streets, communities and their party organisations, joint committees, two-new organisations. */
export async function seedDistrict(deps: Deps): Promise<void> {
  if (await deps.db.manager.countBy(Organization, { name: DISTRICT_NAME })) return;
  await inTransaction(deps.db, async (db) => {
    const district = await createOrganization(db, DISTRICT_NAME, 'district_committee', null);
    const streets = [{ name: '城阳街道', rural: CHENGYANG_RURAL, urban: CHENGYANG_URBAN }, ...OTHER_STREETS];
    let n = 0;
    for (const s of streets) {
      const streetOrg = await createOrganization(db, `${s.name}党工委`, 'street_committee', district);
      const street = await db.save(db.create(Street, { name: s.name, organizationId: streetOrg.id }));
      for (const [kind, names] of [['rural', s.rural], ['urban', s.urban]] as const) {
        for (const name of names) {
          // Larger communities have a 党委, middle ones a 党总支, small ones a 党支部.
          const orgKind: OrganizationKind = n % 3 === 0 ? 'party_committee' : n % 3 === 1 ? 'general_branch' : 'branch';
          const suffix = { party_committee: '党委', general_branch: '党总支', branch: '党支部' }[orgKind as 'branch'];
          const org = await createOrganization(db, `${name}社区${suffix}`, orgKind, streetOrg);
          await db.insert(Community, { name: `${name}社区`, kind, streetId: street.id, organizationId: org.id });
          n++;
        }
      }
      await createOrganization(db, `${s.name}非公党委`, 'joint_committee', streetOrg);
    }
    const chengyangOrg = await db.findOneByOrFail(Organization, { name: '城阳街道党工委' });
    await createOrganization(db, '北曲商圈综合党委', 'joint_committee', chengyangOrg);
    await createOrganization(db, '西城汇社区联合党委', 'joint_committee', chengyangOrg);
    await seedNewOrganizations(db);
  });
}

async function seedNewOrganizations(db: EntityManager) {
  const streets = await db.find(Street, { order: { id: 'ASC' } });
  const jointByStreet = new Map<number, number>();
  for (const s of streets) jointByStreet.set(s.id, (await db.findOneByOrFail(Organization, { name: `${s.name}非公党委` })).id);
  const rows: Partial<NewOrganization>[] = [];
  const total = NEW_ORGANIZATIONS_SHOULD_ESTABLISH + NEW_ORGANIZATIONS_WITHOUT_MEMBERS;
  for (let i = 0; i < total; i++) {
    const street = streets[i % streets.length];
    const members = i < NEW_ORGANIZATIONS_SHOULD_ESTABLISH ? 1 + (i % 7) : 0;
    rows.push({
      name: `${street.name.replace('街道', '')}${i % 4 === 0 ? '社会服务中心' : '企业'}${String(i + 1).padStart(4, '0')}`,
      type: i % 4 === 0 ? 'social' : 'economic',
      streetId: street.id,
      operating: true,
      fullMemberCount: members,
      partyOrganizationId: null,
      // Fewer than three full members: covered by the street's joint committee (联合党支部).
      jointOrganizationId: members > 0 && members < 3 ? jointByStreet.get(street.id)! : null,
    });
  }
  for (let i = 0; i < rows.length; i += 200) await db.insert(NewOrganization, rows.slice(i, i + 200));
  // Three or more full members: an organisation of its own, created as a 党支部 under the street's 非公党委.
  const own = await db.createQueryBuilder(NewOrganization, 'n').where('n.fullMemberCount >= 3').getMany();
  for (const n of own) {
    const parent = await db.findOneByOrFail(Organization, { id: jointByStreet.get(n.streetId)! });
    const org = await createOrganization(db, `${n.name}党支部`, 'branch', parent);
    await db.update(NewOrganization, { id: n.id }, { partyOrganizationId: org.id });
  }
}
