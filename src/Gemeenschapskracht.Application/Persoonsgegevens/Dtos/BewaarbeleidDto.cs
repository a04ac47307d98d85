namespace Gemeenschapskracht.Application.Persoonsgegevens.Dtos;

/// <param name="GewijzigdOp">Null while the gemeente keeps the platform's defaults.</param>
public sealed record BewaarbeleidDto(int BuurtTopAanmeldingenMaanden, int DeclaratieBankgegevensMaanden, int KortsteTermijn, int LangsteTermijn,
    string? GewijzigdDoor, DateTimeOffset? GewijzigdOp);
