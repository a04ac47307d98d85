namespace Gemeenschapskracht.Application.Persoonsgegevens.Dtos;

public sealed record AnonimiseringDto(Guid Id, string Pseudoniem, string Reden, int AantalGegevens, bool AccountGewist, string UitgevoerdDoor,
    DateTimeOffset UitgevoerdOp);
