using System.Text;
using System.Text.Json;
using Marsad.Core;

namespace Marsad.Benchmarks;

/// <summary>
/// A realistic Arabic news text of about 5,000 words for the text-core benchmarks: the project's
/// samples/ articles when the folder exists, else a news-style paragraph written for this benchmark,
/// repeated until the target length is reached.
/// </summary>
public static class ArabicCorpus
{
    // Written for Marsad (not taken from any article): clitics, hamza forms, diacritics, tatweel,
    // dates of both month systems, relative dates, digits and number words, quotes, brackets, Latin.
    private const string Paragraph = """
        القاهرة (مرصد) – أعلن وزير الخارجية المصري أمس الاثنين أن بلاده ستستضيف في مطلع يونيو/ حزيران المقبل جولة جديدة من المحادثات بين الأطراف الليبية، وذلك بحسب بيان رسمي نشرته الوزارة على موقعها www.example.gov.eg.
        وقال الوزير للصحفيين إن «الحل السياسي هو الطريق الوحيد لإنهاء الأزمة»، مضيفاً أن القاهرة تنسّق مع الإمارات وروسيا وتركيا لدعم وقف إطلاق النار الموقّع في 23 أكتوبر/ تشرين الأول 2020.
        وكان المشير خليفة حفتر قد زار موسكو في 14 أغسطس 2017، والتقى وزير الدفاع الروسي، فيما نفت أنقرة تقارير عن إرسال نحو 2,000 مقاتل إلى طرابلس خلال الشهر الماضي.
        وبحسب مصادر مطّلعة، فإن الصفقة تشمل 24 طائرة من طراز MiG-29 وأنظمة دفاع جوي S-400 بقيمة 5.2 مليارات دولار، إضافة إلى مئات الآلاف من الذخائر.
        وأشار التقرير (الصادر في ٢٥-٤-٢٠١٨) إلى أن عشرات المدنيين قُتلوا منذ عام 2014، وأن أكثر من ثلاثة آلاف وخمسمئة شخص نزحوا في الأسبوع الماضي وحده.
        وسيزور المبعوث الأممي بنغازي والإمارات العربية المتحدة الأحد المقبل، على أن تُعقد جلسة لمجلس الأمن خلال النصف الأول من شهر مايو المقبل. وقال مسؤول: "لن نقبل بأي تدخّل أجنبي."
        """;

    public static string Build(int targetWords = 5000)
    {
        var source = SamplesText() ?? Paragraph;
        var sb = new StringBuilder();
        int words = 0, perCopy = Math.Max(1, source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        while (words < targetWords)
        {
            sb.Append(source).Append('\n');
            words += perCopy;
        }
        return sb.ToString();
    }

    /// <summary>The texts of samples/*.jsonl or samples/*.txt, joined, or null when there are none.</summary>
    private static string? SamplesText()
    {
        string dir;
        try { dir = Path.Combine(DataPaths.Data, "..", "samples"); }
        catch (DirectoryNotFoundException) { return null; }
        if (!Directory.Exists(dir)) return null;
        var sb = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories).Order())
        {
            if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) sb.AppendLine(File.ReadAllText(file));
            else if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                foreach (var line in File.ReadLines(file))
                {
                    try
                    {
                        using var json = JsonDocument.Parse(line);
                        if (json.RootElement.TryGetProperty("text", out var t)) sb.AppendLine(t.GetString());
                    }
                    catch (JsonException) { }
                }
        }
        return sb.Length > 1000 ? sb.ToString() : null;
    }
}
