namespace Gemeenschapskracht.Application.Instellingen.Dtos;

/// <summary>How the gemeente's pages look: its name, theme and whether it has a logo. Public.</summary>
public sealed record InstellingenDto(string Gemeente, string Slug, string Thema, bool HeeftLogo, IReadOnlyList<string> BeschikbareThemas);

public sealed record LogoDto(string ContentType, byte[] Data, DateTimeOffset GewijzigdOp);
