using Marsad.Core.Model;

namespace Marsad.Store.Tests;

/// <summary>Short articles written for these tests, with hand-placed annotations.</summary>
public static class TestCorpus
{
    public const string HaftarKb = "Q1000001";
    public const string EgyptKb = "Q79";

    public const string LongArticle =
        "أعلنت الحكومة المصرية اليوم عن خطة جديدة لتطوير شبكة الطرق في محافظات الصعيد، تشمل إنشاء ثلاثة جسور على نهر النيل " +
        "وتوسيع الطريق الصحراوي الغربي. وقال وزير النقل في مؤتمر صحفي إن المشروع سيستغرق أربع سنوات وستبلغ كلفته نحو " +
        "عشرين مليار جنيه، مضيفا أن الشركات المحلية ستنفذ الجزء الأكبر من الأعمال. وأشار الوزير إلى أن الخطة تهدف إلى " +
        "تقليص زمن الرحلة بين القاهرة وأسوان وتشجيع الاستثمار في المناطق الصناعية الجديدة. ومن المنتظر أن يبدأ العمل " +
        "في الجسر الأول مطلع العام المقبل بعد استكمال الدراسات الفنية. وانتقد نواب في البرلمان ارتفاع الكلفة وطالبوا " +
        "بمراجعة العقود قبل توقيعها.";

    public static Document Meeting() => new DocBuilder("a1",
            "التقى المشير خليفة حفتر الرئيس المصري عبد الفتاح السيسي في القاهرة أمس. " +
            "وقالت مصادر دبلوماسية إن مصر قدمت دعما عسكريا لحفتر. " +
            "وأكد رئيس المجلس الرئاسي فائز السراج رفضه للتدخل الخارجي.",
            published: "2019-03-10", outlet: "الوطن", title: "لقاء في القاهرة")
        .Entity("e1", EntityType.PER, "خليفة حفتر", HaftarKb, "Khalifa Haftar", "خليفة حفتر", "حفتر")
        .Entity("e2", EntityType.PER, "عبد الفتاح السيسي", "Q53706", "Abdel Fattah el-Sisi")
        .Entity("e3", EntityType.GPE, "مصر", EgyptKb, "Egypt", "مصر")
        .Entity("e4", EntityType.PER, "فائز السراج", null, "Fayez al-Sarraj")
        .Entity("e5", EntityType.LOC, "القاهرة", "Q85", "Cairo")
        .Event(EventType.CONSULT, "التقى", ["e1"], ["e2"], date: "2019-03-09", mode: "meeting", location: "e5")
        .Event(EventType.AID, "قدمت دعما عسكريا", ["e3"], ["e1"], mode: "military", attribution: "مصادر دبلوماسية", modality: Modality.Reported)
        .Relation(RelationType.ROLE, "e2", "e3", "الرئيس", "president")
        .Build();

    public static Document Emirates() => new DocBuilder("b1",
            "استقبل فايز السراج وفدا من الإمارات في طرابلس. " +
            "وأعلنت الحكومة الإماراتية أنها تدعم الحوار الليبي. " +
            "واتهم السراج القوات الإماراتية بتزويد حفتر بطائرات مسيرة.",
            published: "2019-05-02", outlet: "المرصد")
        .Entity("e1", EntityType.PER, "فايز السراج", null, null, "فايز السراج", "السراج")
        .Entity("e2", EntityType.GPE, "الإمارات", "Q878", "United Arab Emirates", "الإمارات", "الإماراتية")
        .Entity("e3", EntityType.PER, "حفتر", HaftarKb, "Khalifa Haftar")
        .Event(EventType.ACCUSE, "اتهم", ["e1"], ["e2"], date: "2019-05-01")
        .Event(EventType.AID, "بتزويد", ["e2"], ["e3"], mode: "military", attribution: "السراج", modality: Modality.Reported)
        .Build();

    public static Document Advisers() => new DocBuilder("c1",
            "وصل مستشارون عسكريون إلى بنغازي الشهر الماضي. " +
            "وشكر خليفه حفتر المصريين والإماراتيين على دعمهم للجيش. " +
            "وقالت القاهرة إن التعاون مع حفتر سيستمر.",
            published: "2020-01-15", outlet: "الوطن")
        .Entity("e1", EntityType.PER, "خليفه حفتر", null, null, "خليفه حفتر", "حفتر")
        .Entity("e2", EntityType.GPE, "مصر", EgyptKb, "Egypt", "المصريين", "القاهرة")
        .Event(EventType.SUPPORT, "دعمهم", ["e2"], ["e1"], date: "2019-12")
        .Event(EventType.COOPERATE, "التعاون", ["e2"], ["e1"], mode: "military")
        .Build();

    public static Document Roads(string id = "r1", string? title = null, string? text = null, string outlet = "الأهرام") =>
        new DocBuilder(id, text ?? LongArticle, published: "2021-06-01", outlet: outlet, title: title)
            .Entity("e1", EntityType.GPE, "مصر", EgyptKb, "Egypt", "المصرية")
            .Build();

    /// <summary>A syndicated copy of <see cref="LongArticle"/>: a new first line, one word changed, the last sentence cut.</summary>
    public static string RoadsCopyText() =>
        "القاهرة تطلق مشروعا للطرق في الصعيد\n" +
        LongArticle.Replace("اليوم", "الأحد")[..LongArticle.IndexOf("وانتقد", StringComparison.Ordinal)].TrimEnd();

    public static Document Fuel() => new DocBuilder("f1",
            "ارتفعت أسعار الوقود في تونس للمرة الثالثة هذا العام، وقالت وزارة الصناعة إن الزيادة ضرورية لتقليص عجز الموازنة " +
            "بعد تراجع عائدات السياحة وارتفاع كلفة الاستيراد، فيما دعت النقابات إلى احتجاجات في العاصمة الأسبوع المقبل.",
            published: "2021-07-20", outlet: "نواة")
        .Entity("e1", EntityType.GPE, "تونس", "Q948", "Tunisia")
        .Build();

    public static IEnumerable<Document> All() => [Meeting(), Emirates(), Advisers(), Roads(), Fuel()];
}
