namespace Gemeenschapskracht.Application.Persoonsgegevens.Dtos;

/// <summary>Everything the gemeente holds about one person (AVG art. 15), by processing activity.</summary>
public sealed record InzageDto(
    string Gemeente,
    DateTimeOffset GegenereerdOp,
    AccountgegevensDto? Account,
    IReadOnlyList<InzageVerwerkingDto> Verwerkingen,
    int AantalGegevens);

/// <summary>The person's account, when the address is one: the account is platform-wide, the roles are this gemeente's.</summary>
public sealed record AccountgegevensDto(string Email, string Naam, bool TweeStapsAan, IReadOnlyList<string> Rollen);

public sealed record InzageVerwerkingDto(string Verwerking, string Doel, string Grondslag, string Bewaartermijn, IReadOnlyList<InzageRecordDto> Records);

public sealed record InzageRecordDto(Guid Id, IReadOnlyList<GegevenDto> Gegevens);

public sealed record GegevenDto(string Veld, string Waarde);
