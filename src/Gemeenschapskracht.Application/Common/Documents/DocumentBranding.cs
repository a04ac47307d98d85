namespace Gemeenschapskracht.Application.Common.Documents;

/// <summary>Whose document it is and how it looks: the gemeente's name, its theme and its logo (PNG, JPEG or WebP bytes) when it has one.</summary>
public sealed record DocumentBranding(string Gemeente, string Thema, DocumentLogo? Logo);

public sealed record DocumentLogo(string ContentType, byte[] Data);
