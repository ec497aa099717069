import { sentenceRules } from '../../stages/sentences.js';

export const englishSentences = sentenceRules({
  abbreviations: [
    'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Bros.', 'No.', 'vs.', 'etc.',
    'e.g.', 'i.e.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
    'Gov.', 'Sen.', 'Rep.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Calif.', 'Mass.', 'Conn.', 'Ill.', 'Fla.', 'Tex.', 'Wash.',
    'Mich.', 'Penn.', 'Pa.', 'Va.', 'Ore.', 'Ariz.', 'Colo.', 'Minn.', 'Wis.', 'Mo.', 'Md.', 'Ga.', 'Ala.', 'Ky.', 'Tenn.',
    'N.Y.', 'N.J.', 'D.C.', 'approx.', 'est.', 'dept.', 'Dept.', 'Nos.', 'Ave.', 'Blvd.',
  ],
  monthNames: [],
  ordinalContext: [],
  sentenceOpeners: [
    'He', 'She', 'It', 'They', 'We', 'I', 'You', 'The', 'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'Yet',
    'However', 'Meanwhile', 'Still', 'In', 'On', 'At', 'After', 'Before', 'When', 'While', 'If', 'His', 'Her', 'Their',
    'Its', 'Our', 'A', 'An', 'As', 'So', 'Some', 'Many', 'Most', 'Other', 'Others', 'Asked', 'Now', 'Then', 'Last',
  ],
});
