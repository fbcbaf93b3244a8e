namespace Marsad.Web;
/// <summary>Web interface (built by the web issue).</summary>
public static class WebInfo { public const int DefaultPort = 5080; }
