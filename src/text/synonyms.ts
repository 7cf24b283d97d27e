import { stem } from './tokenize.js';

/**
 * A small thesaurus of the words news reports use for the same thing, so that "when was it inked?" meets
 * "signed" and "curbs" meets "restrictions". Each line is one group; every word of a group expands to the others.
 * It is about the language of trade and diplomacy news, not about any particular article.
 */
const GROUPS = `
sign signed signing signature ink inked seal sealed
agreement deal pact accord framework arrangement truce
agree agreed pledge pledged commit committed promise promised vow vowed undertake
talk talks negotiation negotiations negotiate negotiator negotiators meeting meet met discussion discussions round summit convene convened
announce announced announcement state stated statement declare declared unveil unveiled confirm confirmed
lift lifted ease eased loosen loosened relax relaxed remove removed rescind rescinded cancel cancelled canceled withdraw withdrawn withdrawal scrap rollback
restriction restrictions curb curbs control controls limit limits measure measures ban bans barrier barriers countermeasure countermeasures sanction sanctions
export exports exported exporting shipment shipments supply supplies
import imports imported
tariff tariffs duty duties levy levies
license licenses licence licences permit permits approval approvals authorization
approve approved expedite expedited speed accelerate review
rare earth earths mineral minerals magnet magnets element elements
chip chips semiconductor semiconductors
software eda
buy buys bought purchase purchases purchasing
expert experts analyst analysts observer observers advisor adviser economist economists
say said says remark remarked comment commented note noted tell told suggest suggested describe described warn warned caution cautioned argue argued believe believes urge urged
lead led head headed chair chaired orchestrate orchestrated spearhead
president leader
china chinese beijing
usa american america washington
official officials spokesperson spokesman spokeswoman
call phone
price prices cost costs
industry industries manufacturer manufacturers automaker automakers company companies firm firms
happen happened occur occurred
product products item items goods component components material materials
cover covered covers include includes including
return exchange reciprocal reciprocate reciprocity
join joined joining accompany accompanied attend attended participate participated
demand demanded demands seek sought insist insisted want wanted
`;

const byStem = new Map<string, Set<string>>();
for (const line of GROUPS.split('\n')) {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) continue;
  const stems = new Set(words.map((w) => stem(w)));
  for (const s of stems) {
    const set = byStem.get(s) ?? new Set<string>();
    for (const o of stems) if (o !== s) set.add(o);
    byStem.set(s, set);
  }
}

/** Stems that mean the same as `s` in news about trade deals (not including `s`). */
export function synonymsOf(s: string): ReadonlySet<string> {
  return byStem.get(s) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
