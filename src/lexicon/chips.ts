import type { LexiconEntry } from '../stages/entities/config.js';

const chip = (name: string, vendor: string, ...aliases: string[]): LexiconEntry =>
  aliases.length ? { name, type: 'chip', vendor, aliases } : { name, type: 'chip', vendor };
/** A family of chips: the model number varies, the name is the match with hyphens as spaces. */
const family = (pattern: string, vendor: string): LexiconEntry => ({ name: '', type: 'chip', vendor, pattern });

/** Named chips with their makers. */
export const chips: readonly LexiconEntry[] = [
  family('Ascend[ -]?9[0-9]{2}[A-Z]?', 'Huawei'),
  family('Kirin[ -][0-9]{3,4}[A-Z]?', 'Huawei'),
  family('(?:H(?:20|100|200|800)|A(?:100|800|30|40)|B(?:100|200|300|30A?)|L(?:20|40S?)|GB(?:200|300)|GH200|RTX[ -]?[0-9]{4}|GTX[ -]?[0-9]{3,4}|Tegra[ -][0-9X]+)(?![0-9])', 'Nvidia'),
  family('(?:Instinct[ -])?MI[0-9]{3}[A-Z]?', 'AMD'),
  family('(?:Ryzen|EPYC|Epyc|Threadripper)(?:[ -][0-9]{3,4}[A-Z]*)?', 'AMD'),
  family('Gaudi[ -]?[0-9]', 'Intel'),
  family('(?:Xeon|Pentium|Itanium|Celeron|Core[ -]i[3579](?:[ -][0-9]{3,5}[A-Z]*)?|Core Ultra(?: [3579])?)', 'Intel'),
  family('(?:80[234]?86|8086|8088|i[34]86)', 'Intel'),
  family('Snapdragon[ -](?:[0-9]{3}|8 Gen [0-9]|[0-9]+ Gen [0-9]|X Elite|X Plus)', 'Qualcomm'),
  family('Exynos(?:[ -][0-9]{4})?', 'Samsung'),
  family('Helio[ -][A-Z][0-9]{2}|MT[0-9]{4}|Dimensity[ -][0-9]{3,4}', 'MediaTek'),
  family('Tensor(?: G[0-9])|TPU[ -]?v[0-9]', 'Google'),
  family('A[0-9]{2}(?: Pro)? Bionic|M[1-4](?: Pro| Max| Ultra)?(?=[ -](?:Chip|chip|Prozessor|processor))', 'Apple'),
  family('Graviton[ -]?[0-9]?|Trainium[ -]?[0-9]?|Inferentia[ -]?[0-9]?', 'Amazon'),
  family('Maia[ -][0-9]{3}|Cobalt[ -][0-9]{3}', 'Microsoft'),
  family('Cell(?= (?:chip|processor|microprocessor|Broadband Engine|Prozessor|Chip))', 'IBM'),
  family('PowerPC(?:[ -][0-9]{3})?|POWER[0-9]+', 'IBM'),
  family('Emotion Engine', 'Sony'),
  family('[0-9]+(?:K|-kilobit|-megabit|-Megabit) (?:DRAM|SRAM|EPROM|ROM|dynamic RAM)', ''),
  chip('Dojo', 'Tesla'),
];
