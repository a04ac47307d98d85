using Gemeenschapskracht.Domain.BuurtTops;
using Gemeenschapskracht.Domain.Declaraties;
using Gemeenschapskracht.Domain.Persoonsgegevens;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Shared;

/// <summary>A processing activity's term as the register states it, with the gemeente's own months where it sets them.</summary>
public static class Bewaartermijnen
{
    public static string Voor(Type type, VerwerkingAttribute verwerking, Bewaarbeleid beleid) =>
        type == typeof(Aanmelding) ? $"{verwerking.Bewaartermijn} In deze gemeente: {beleid.BuurtTopAanmeldingenMaanden} maanden."
        : type == typeof(Declaratie) || type == typeof(Declaratiebetaling)
            ? $"{verwerking.Bewaartermijn} In deze gemeente: {beleid.DeclaratieBankgegevensMaanden} maanden."
            : verwerking.Bewaartermijn;
}
