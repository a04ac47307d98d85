using System.Globalization;
using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Commands.CloseAdministratieperiode;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.GetPeriodeExport;

/// <summary>
/// Every journal line of one month as CSV for the accountant: UTF-8 with a byte order mark, semicolons and decimal
/// commas, so Excel in Dutch opens it with a double click. The month is named as in the list of months (<c>2027-03</c>).
/// </summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record GetPeriodeExportQuery(Guid AdministratieId, string Periode) : IQuery<AdministratieBestand>;

public sealed class GetPeriodeExportValidator : AbstractValidator<GetPeriodeExportQuery>
{
    public GetPeriodeExportValidator() =>
        RuleFor(q => q.Periode).Must(p => CloseAdministratieperiodeCommand.TryParse(p, out _))
            .WithMessage("Noem de maand als jaar-maand, bijvoorbeeld 2027-03.");
}

public sealed class GetPeriodeExportHandler(IApplicationDbContext db, ICurrentUser user, ICsvWriter csv) : IQueryHandler<GetPeriodeExportQuery, AdministratieBestand>
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Kolommen = ["Datum", "Nummer", "Omschrijving", "Rekening", "Rekeningnaam", "RGS-code", "Debet", "Credit"];

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public async ValueTask<AdministratieBestand> Handle(GetPeriodeExportQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        CloseAdministratieperiodeCommand.TryParse(query.Periode, out var maand);
        var groep = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == administratie.GroepId).Select(o => o.Naam).FirstAsync(cancellationToken);
        var posten = (await db.PostenAsync(administratie.Id, cancellationToken)).Where(p => p.Boekdatum.Year == maand.Year && p.Boekdatum.Month == maand.Month);
        var rijen = posten.SelectMany(p => p.Regels.Select(r =>
        {
            var rekening = administratie.Rekening(r.Rekening);
            return (IReadOnlyList<CsvCell>)
            [
                CsvCell.Raw(p.Boekdatum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)), CsvCell.Raw(p.Nummer.ToString(CultureInfo.InvariantCulture)),
                CsvCell.Text(p.Omschrijving), CsvCell.Raw(r.Rekening), CsvCell.Text(rekening?.Omschrijving), CsvCell.Raw(rekening?.RgsCode),
                CsvCell.Raw(Bedragtekst(r.Debet)), CsvCell.Raw(Bedragtekst(r.Credit)),
            ];
        }));
        return new AdministratieBestand($"journaal-{SlugGenerator.FromName(groep)}-{query.Periode}.csv", ContentType, csv.Write(Kolommen, rijen, ';'));
    }

    private static string Bedragtekst(Bedrag bedrag) => bedrag == Bedrag.Nul ? "" : bedrag.Euro.ToString("0.00", Nl);
}
