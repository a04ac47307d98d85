namespace Gemeenschapskracht.Application.Common.Documents;

/// <summary>A rendered PDF and the name to save it under.</summary>
public sealed record DocumentFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/pdf";
}
