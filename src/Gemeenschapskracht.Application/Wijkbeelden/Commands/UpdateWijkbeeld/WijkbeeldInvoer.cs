using Gemeenschapskracht.Application.Wijkbeelden.Dtos;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Commands.UpdateWijkbeeld;

/// <summary>
/// The content as sent, as domain items. A new item (no id) gets an id; a sent id must be one of this version's. The
/// origin and comments put here are placeholders: <see cref="Wijkbeeld.Wijzig"/> keeps the stored ones.
/// </summary>
internal static class WijkbeeldInvoer
{
    public static WijkbeeldInhoud NaarDomein(WijkbeeldInhoudDto dto, WijkbeeldInhoud huidig, Herkomst schrijver)
    {
        var bekend = huidig.Items.Select(i => i.Id).ToHashSet();
        Guid Id(Guid? id) => id is null ? Guid.CreateVersion7(schrijver.Op)
            : bekend.Contains(id.Value) ? id.Value
            : throw new DomainException("Een onderdeel heeft een id dat deze versie van het wijkbeeld niet kent; laat het id weg voor een nieuw onderdeel.");
        IReadOnlyList<Opmerking> geen = [];
        return new WijkbeeldInhoud(
            Tekst.OfNull(dto.Duiding),
            dto.Geschiedenis.Select(x => new GeschiedenisItem(Id(x.Id), schrijver, geen, x.Periode.Trim(), x.Gebeurtenis.Trim(), Tekst.OfNull(x.Spanningen), Tekst.OfNull(x.Bron))).ToList(),
            dto.InformeleStructuren.Select(x => new InformeleStructuur(Id(x.Id), schrijver, geen, x.Omschrijving.Trim(), x.Soort.Trim(), x.Lokaliseerbaar)).ToList(),
            dto.Initiatieven.Select(x => new Initiatief(Id(x.Id), schrijver, geen, x.Naam.Trim(), x.OrganisatieId, x.Omschrijving.Trim(), Tekst.OfNull(x.Behoeften))).ToList(),
            dto.Inzet.Select(x => new ProfessioneleInzet(Id(x.Id), schrijver, geen, x.Organisatie.Trim(), x.Functie.Trim(), x.UrenInWijk, x.UrenElders, x.JarenAanwezig, x.Financiering)).ToList(),
            dto.Samenwerkingen.Select(x => new Samenwerking(Id(x.Id), schrijver, geen, x.Partijen.Trim(), x.Wat.Trim(), x.SindsJaar, x.WaaromHetWerkt.Trim())).ToList(),
            dto.Gespreksrondes.Select(x => new Gespreksronde(Id(x.Id), schrijver, geen, x.Datum,
                new Deelnemers(x.Deelnemers.Bewoners, x.Deelnemers.Professionals, x.Deelnemers.Ambtenaren, x.Deelnemers.Ondernemers),
                x.Vragen.Trim(), x.Bevindingen.Trim(), Tekst.OfNull(x.Gespreksleider))).ToList(),
            dto.Behoeften.Select(x => new Behoefte(Id(x.Id), schrijver, geen, x.Soort, x.Omschrijving.Trim())).ToList(),
            dto.Wijkopbouwpunt is { } b ? new WijkopbouwpuntBesluit(b.Keuze, b.Redenen.Trim(), schrijver) : null);
    }
}
