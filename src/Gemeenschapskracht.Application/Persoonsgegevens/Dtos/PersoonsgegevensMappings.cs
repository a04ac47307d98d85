using Gemeenschapskracht.Domain.Persoonsgegevens;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Dtos;

public static class PersoonsgegevensMappings
{
    public static AnonimiseringDto ToDto(this Anonimisering a) =>
        new(a.Id, a.Pseudoniem, a.Reden, a.AantalGegevens, a.AccountGewist, a.UitgevoerdDoor, a.UitgevoerdOp);

    public static BewaarbeleidDto ToDto(this Bewaarbeleid b, bool eigen) =>
        new(b.BuurtTopAanmeldingenMaanden, b.DeclaratieBankgegevensMaanden, Bewaarbeleid.KortsteTermijn, Bewaarbeleid.LangsteTermijn,
            eigen ? b.GewijzigdDoor : null, eigen ? b.GewijzigdOp : null);
}
