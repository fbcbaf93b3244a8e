// Interface labels in Arabic (default) and English. Document text is never translated.

const STORE_KEY = 'marsad.lang';

const labels = {
  ar: {
    brand: 'مرصد', tagline: 'من فعل ماذا مع من، ومتى، ووفق من',
    navSearch: 'بحث', navGraph: 'الشبكة', navTimeline: 'الخط الزمني', navCamps: 'المعسكرات', navMap: 'الخريطة', navCorrections: 'التصحيحات', navOutlets: 'المصادر', toggle: 'English',
    searchPlaceholder: 'ابحث في الأخبار: اسم، مكان، حدث…', searchButton: 'ابحث', filters: 'تصفية',
    entity: 'الفاعل', entity2: 'الفاعل الثاني', eventType: 'نوع الحدث', anyType: 'كل الأنواع', from: 'من تاريخ', to: 'إلى تاريخ', outlet: 'المصدر الإعلامي',
    results: 'النتائج', noResults: 'لا نتائج لهذا البحث.', resultCount: n => `${n} وثيقة`, about: n => `نحو ${n}`,
    recentDocuments: 'أحدث الوثائق', activeActors: 'الفاعلون الأكثر نشاطاً', corpus: 'المدوّنة',
    documents: 'وثائق', entities: 'كيانات', events: 'أحداث', relations: 'علاقات', stories: 'قصص',
    noDocuments: 'لا وثائق بعد. أضف مقالات بالأمر marsad ingest أو من النموذج أدناه.',
    addArticle: 'إضافة مقال', articleTitle: 'العنوان', articleText: 'نص المقال', articleDate: 'تاريخ النشر', articleOutlet: 'المصدر الإعلامي', submit: 'أضف وحلّل',
    added: 'أضيف', adding: 'جارٍ التحليل…',
    published: 'النشر', unknownDate: 'تاريخ غير معروف', source: 'الرابط', mentionsLegend: 'دليل الألوان',
    eventsIn: 'الأحداث في هذه الوثيقة', noEvents: 'لم يُستخرج أي حدث.', entitiesIn: 'الكيانات في هذه الوثيقة', rolesIn: 'الأدوار والعلاقات',
    sources: 'الفاعل', targets: 'الطرف الآخر', date: 'التاريخ', place: 'المكان', modality: 'الصيغة', attribution: 'وفق', quantities: 'الكميات', trigger: 'الفعل', evidence: 'الدليل', confidence: 'الثقة',
    showEvidence: 'أظهر الدليل في النص', anonymous: 'غير منسوب',
    exportAs: 'تصدير:', flagged: 'خطأ بحسب المحلل', flaggedHint: 'وسمه محلل بأنه خطأ: لا يظهر في الخط الزمني ولا الشبكة ولا التصدير', corrections: 'تصحيحات المحلل', correctionBy: 'بقلم', merge_entities: 'دمج', set_type: 'تصحيح النوع', set_name_en: 'تصحيح الاسم الإنجليزي',
    aliases: 'الأسماء والتهجئات', englishName: 'الاسم بالإنجليزية', kbId: 'معرّف ويكي بيانات', type: 'النوع', roles: 'المناصب والعلاقات', partners: 'الشركاء',
    cooperation: 'تعاون', hostility: 'عداء', neutral: 'محايد', mentions: 'إشارات', count: 'عدد',
    eventsTimeline: 'الأحداث عبر الزمن', openGraph: 'في الشبكة', openTimeline: 'الخط الزمني', noPartners: 'لا شركاء مسجّلون.', noRoles: 'لا مناصب مسجّلة.',
    apply: 'طبّق', reset: 'إعادة', legend: 'المفتاح', nodes: 'عقد', edges: 'روابط', width: 'السُمك = عدد الأحداث',
    graphEmpty: 'لا روابط ضمن هذه المرشحات.', clickNode: 'انقر عقدة لفتح صفحة الكيان، أو رابطاً لرؤية تفاصيله.',
    firstSeen: 'أول ظهور', lastSeen: 'آخر ظهور', pairTimeline: 'الخط الزمني للطرفين',
    coMentioned: 'ذُكرا معاً دون حدث', coMentionBadge: 'ذكر مشترك', noCoMentions: 'لا ذكر مشترك دون حدث.',
    coMentionHint: 'دليل أضعف من الحدث: ورد الفاعلان في جملة واحدة ولم يُستخرج بينهما حدث ولا علاقة؛ لا يدل وحده على تعاون ولا على عداء.',
    sentencesCount: n => `${n} جملة`, coMentionTotal: (n, total) => n < total ? `${n} من ${total} جملة` : `${total} جملة`,
    countedWith: 'مع من يُحسب معه (القائد مع قوته، الرئيس مع دولته، العاصمة مع حكومتها)',
    timelineOf: 'الخط الزمني', chooseEntity: 'اختر فاعلاً (واختيارياً فاعلاً ثانياً) لعرض أحداثه عبر الزمن.', show: 'اعرض', noTimeline: 'لا أحداث لهذا الاختيار.',
    document: 'الوثيقة', notFound: 'غير موجود', notFoundText: 'لم نجد هذه الصفحة.', error: 'حدث خطأ', loading: 'جارٍ التحميل…', undated: 'بلا تاريخ',
    navEntities: 'الكيانات', entitiesTitle: 'الكيانات', name: 'الاسم', minDocuments: 'عدد الوثائق على الأقل', sortBy: 'الترتيب',
    sort_mentions: 'الأكثر ذكراً', sort_documents: 'الأكثر وثائق', sort_name: 'الاسم', noEntities: 'لا كيانات بهذه المرشحات.',
    documentsOf: 'الوثائق التي تذكره', kbInternal: 'معرّف قاعدة المعرفة',
    generic: 'فاعل غير مسمّى', sector: 'القطاع', affiliation: 'يتبع',
    exactMode: 'كلمات مطابقة (دون اشتقاق)', exactHint: 'يطابق الكلمة كما هي: «المشير» لا تجد «مشيرا»', facets: 'تصنيف النتائج', year: 'السنة', entityType: 'نوع الكيان',
    pages: 'الصفحات', previous: 'السابق', next: 'التالي', range: (a, b, n) => `${a}–${b} من ${n}`,
    with: 'مع', and: 'و', alsoReported: 'نُشرت القصة أيضاً في', sourcesCount: n => `${n} مصادر`, relationsGroup: 'علاقات ثابتة',
  },
  en: {
    brand: 'Marsad', tagline: 'Who did what with whom, when, according to whom',
    navSearch: 'Search', navGraph: 'Network', navTimeline: 'Timeline', navCamps: 'Camps', navMap: 'Map', navCorrections: 'Corrections', navOutlets: 'Outlets', toggle: 'العربية',
    searchPlaceholder: 'Search the news: a name, a place, an event…', searchButton: 'Search', filters: 'Filters',
    entity: 'Actor', entity2: 'Second actor', eventType: 'Event type', anyType: 'All types', from: 'From', to: 'To', outlet: 'Outlet',
    results: 'Results', noResults: 'No results for this search.', resultCount: n => `${n} document${n === 1 ? '' : 's'}`, about: n => `about ${n}`,
    recentDocuments: 'Recent documents', activeActors: 'Most active actors', corpus: 'Corpus',
    documents: 'documents', entities: 'entities', events: 'events', relations: 'relations', stories: 'stories',
    noDocuments: 'No documents yet. Add articles with marsad ingest or the form below.',
    addArticle: 'Add an article', articleTitle: 'Title', articleText: 'Article text', articleDate: 'Published', articleOutlet: 'Outlet', submit: 'Add and analyse',
    added: 'Added', adding: 'Analysing…',
    published: 'Published', unknownDate: 'date unknown', source: 'Link', mentionsLegend: 'Colour key',
    eventsIn: 'Events in this document', noEvents: 'No events were extracted.', entitiesIn: 'Entities in this document', rolesIn: 'Roles and relations',
    sources: 'Actor', targets: 'Counterpart', date: 'Date', place: 'Place', modality: 'Modality', attribution: 'According to', quantities: 'Quantities', trigger: 'Trigger', evidence: 'Evidence', confidence: 'Confidence',
    showEvidence: 'Show the evidence in the text', anonymous: 'unattributed',
    exportAs: 'Export:', flagged: 'flagged as wrong', flaggedHint: 'An analyst flagged it as wrong: it is left out of timelines, the graph and exports', corrections: "Analyst's corrections", correctionBy: 'by', merge_entities: 'merged', set_type: 'type fixed', set_name_en: 'English name fixed',
    aliases: 'Names and spellings', englishName: 'English name', kbId: 'Wikidata id', type: 'Type', roles: 'Roles and relations', partners: 'Partners',
    cooperation: 'Cooperation', hostility: 'Hostility', neutral: 'Neutral', mentions: 'mentions', count: 'count',
    eventsTimeline: 'Events over time', openGraph: 'In the network', openTimeline: 'Timeline', noPartners: 'No partners recorded.', noRoles: 'No roles recorded.',
    apply: 'Apply', reset: 'Reset', legend: 'Key', nodes: 'nodes', edges: 'links', width: 'width = number of events',
    graphEmpty: 'No links within these filters.', clickNode: 'Click a node to open its page, or a link to see its details.',
    firstSeen: 'First seen', lastSeen: 'Last seen', pairTimeline: 'Timeline of the pair',
    coMentioned: 'Co-mentioned, no event', coMentionBadge: 'co-mention', noCoMentions: 'No co-mentions without an event.',
    coMentionHint: 'Weaker evidence than an event: both actors are named in one sentence and no event or relation between them was extracted; on its own it says nothing of cooperation or hostility.',
    sentencesCount: n => `${n} sentence${n === 1 ? '' : 's'}`, coMentionTotal: (n, total) => n < total ? `${n} of ${total} sentences` : `${total} sentence${total === 1 ? '' : 's'}`,
    countedWith: 'with those counted as it (a commander with his force, a head of state with his state, a capital with its government)',
    timelineOf: 'Timeline', chooseEntity: 'Choose an actor (and optionally a second one) to see their events over time.', show: 'Show', noTimeline: 'No events for this choice.',
    document: 'Document', notFound: 'Not found', notFoundText: 'This page does not exist.', error: 'Something went wrong', loading: 'Loading…', undated: 'undated',
    navEntities: 'Entities', entitiesTitle: 'Entities', name: 'Name', minDocuments: 'At least … documents', sortBy: 'Sort by',
    sort_mentions: 'Most mentioned', sort_documents: 'Most documents', sort_name: 'Name', noEntities: 'No entities with these filters.',
    documentsOf: 'Documents mentioning it', kbInternal: 'Knowledge-base id',
    generic: 'generic actor', sector: 'Sector', affiliation: 'Belongs to',
    exactMode: 'Exact words (no stemming)', exactHint: 'Matches the word as written: «المشير» does not find «مشيرا»', facets: 'Refine', year: 'Year', entityType: 'Entity type',
    pages: 'Pages', previous: 'Previous', next: 'Next', range: (a, b, n) => `${a}–${b} of ${n}`,
    with: 'with', and: 'and', alsoReported: 'The story was also reported by', sourcesCount: n => `${n} sources`, relationsGroup: 'Stable relations',
  },
};

const eventTypes = {
  AGREE: ['اتفاق', 'Agree'], CONSULT: ['تشاور ولقاء', 'Consult'], SUPPORT: ['دعم سياسي', 'Support'], CONCEDE: ['تنازل', 'Concede'],
  COOPERATE: ['تعاون', 'Cooperate'], AID: ['مساعدة', 'Aid'], RETREAT: ['انسحاب', 'Retreat'], REQUEST: ['طلب', 'Request'],
  ACCUSE: ['اتهام', 'Accuse'], REJECT: ['رفض', 'Reject'], THREATEN: ['تهديد', 'Threaten'], PROTEST: ['احتجاج', 'Protest'],
  SANCTION: ['عقوبات', 'Sanction'], MOBILIZE: ['حشد', 'Mobilize'], COERCE: ['إكراه', 'Coerce'], ASSAULT: ['هجوم', 'Assault'],
};
const entityTypes = {
  PER: ['شخص', 'Person'], ORG: ['منظمة', 'Organisation'], GPE: ['دولة أو حكومة', 'State or government'],
  LOC: ['مكان', 'Place'], MISC: ['أخرى', 'Other'],
};
// CAMEO agent sectors of generic actors (DESIGN.md, "Generic actors").
const sectors = {
  MIL: ['قوات مسلحة', 'armed forces'], COP: ['شرطة وأمن', 'police and security'], SPY: ['استخبارات', 'intelligence'],
  GOV: ['حكومة ومسؤولون', 'government and officials'], JUD: ['قضاء', 'judiciary'], LEG: ['برلمان', 'legislature'],
  REB: ['متمردون', 'rebels'], INS: ['جماعات متشددة', 'insurgents'], SEP: ['انفصاليون', 'separatists'],
  UAF: ['مسلحون غير معرّفين', 'unidentified armed force'], MLT: ['ميليشيات', 'militia'], OPP: ['معارضة ومحتجون', 'opposition and protesters'],
  CVL: ['مدنيون', 'civilians'], REF: ['لاجئون ونازحون', 'refugees and displaced'], LAB: ['عمال', 'labour'], EDU: ['تعليم', 'education'],
  HLH: ['صحة', 'health'], REL: ['دين', 'religion'], BUS: ['أعمال', 'business'], MED: ['إعلام', 'media'],
  IGO: ['منظمات دولية', 'international organisations'], NGO: ['منظمات غير حكومية', 'NGOs'],
};
const modalities = {
  asserted: ['مؤكَّد', 'asserted'], reported: ['منقول', 'reported'], planned: ['مُزمَع', 'planned'],
  requested: ['مطلوب', 'requested'], denied: ['منفيّ', 'denied'], hypothetical: ['افتراضي', 'hypothetical'],
};
const relationTypes = {
  ROLE: ['منصب', 'Role'], FAMILY: ['قرابة', 'Family'], MEMBER_OF: ['عضوية', 'Member of'], LEADS: ['قيادة', 'Leads'], LOCATED_IN: ['يقع في', 'Located in'],
};
const modes = {
  visit: ['زيارة', 'visit'], host: ['استضافة', 'host'], phone: ['اتصال هاتفي', 'phone call'], meeting: ['اجتماع', 'meeting'],
  talks: ['محادثات', 'talks'], negotiation: ['مفاوضات', 'negotiation'], mediation: ['وساطة', 'mediation'],
  military: ['عسكري', 'military'], intelligence: ['استخباراتي', 'intelligence'], security: ['أمني', 'security'], economic: ['اقتصادي', 'economic'],
  migration: ['هجرة', 'migration'], humanitarian: ['إنساني', 'humanitarian'], logistic: ['لوجستي', 'logistic'], political: ['سياسي', 'political'],
  diplomatic: ['دبلوماسي', 'diplomatic'], legal: ['قانوني', 'legal'], arms: ['أسلحة', 'arms'], financial: ['مالي', 'financial'],
  agreement: ['اتفاقية', 'agreement'], deal: ['صفقة', 'deal'], recognition: ['اعتراف', 'recognition'], praise: ['إشادة', 'praise'],
  intent: ['نية', 'intent'], withdraw: ['سحب', 'withdrawal'], troops: ['قوات', 'troops'], allege: ['ادعاء', 'allegation'],
  disapprove: ['استنكار', 'disapproval'], ultimatum: ['إنذار', 'ultimatum'], demo: ['تظاهرة', 'demonstration'], hunger: ['إضراب عن الطعام', 'hunger strike'],
  boycott: ['مقاطعة', 'boycott'], restrict: ['تقييد', 'restriction'], expel: ['طرد', 'expulsion'], deport: ['ترحيل', 'deportation'],
  arrest: ['اعتقال', 'arrest'], seize: ['استيلاء', 'seizure'], abduct: ['خطف', 'abduction'], assassinate: ['اغتيال', 'assassination'],
  aerial: ['جوي', 'air strike'], firearms: ['أسلحة خفيفة', 'small arms'], 'heavy-weapons': ['أسلحة ثقيلة', 'heavy weapons'], explosives: ['متفجرات', 'explosives'],
};

/** Event types grouped by polarity (CAMEO quad classes: cooperation 01–08, conflict 09–20). */
export const EVENT_TYPES = Object.keys(eventTypes);
export const HOSTILE_TYPES = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
export const polarityOf = type => HOSTILE_TYPES.has(type) ? 'hostility' : 'cooperation';
export const ENTITY_TYPES = Object.keys(entityTypes);

export function lang() {
  try { return localStorage.getItem(STORE_KEY) === 'en' ? 'en' : 'ar'; } catch { return 'ar'; }
}

export function setLang(value) {
  try { localStorage.setItem(STORE_KEY, value); } catch { /* private mode: this page only */ }
  applyLang();
}

export function applyLang() {
  const l = lang();
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
}

export function t(key, ...args) {
  const v = labels[lang()][key] ?? labels.ar[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
}

const pick = (table, key) => {
  const row = table[key];
  return row ? row[lang() === 'ar' ? 0 : 1] : key;
};
export const eventTypeLabel = type => pick(eventTypes, type);
export const entityTypeLabel = type => pick(entityTypes, type);
export const modalityLabel = m => pick(modalities, m);
export const relationTypeLabel = r => pick(relationTypes, r);
export const modeLabel = m => pick(modes, m);
export const sectorLabel = code => pick(sectors, code);

/** The entity's name in the interface language (Arabic names stay Arabic in the Arabic interface). */
export function entityName(e) {
  if (!e) return '';
  return lang() === 'en' && e.name_en ? e.name_en : e.name;
}
