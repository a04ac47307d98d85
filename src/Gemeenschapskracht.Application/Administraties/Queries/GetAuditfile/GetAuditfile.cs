using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Queries.GetAuditfile;

/// <summary>A year of an administratie as an XML Auditfile Financieel 3.2 for the accountant (this year when not given).</summary>
[Authorize(Roles = AdministratieQueries.Lezers)]
public sealed record GetAuditfileQuery(Guid AdministratieId, int? Jaar) : IQuery<AdministratieBestand>;

public sealed class GetAuditfileValidator : AbstractValidator<GetAuditfileQuery>
{
    public GetAuditfileValidator() =>
        RuleFor(q => q.Jaar).InclusiveBetween(2000, 2999).WithMessage("Noem het boekjaar met vier cijfers, bijvoorbeeld 2026.");
}

public sealed class GetAuditfileHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetAuditfileQuery, AdministratieBestand>
{
    public const string ContentType = "application/xml; charset=utf-8";

    public async ValueTask<AdministratieBestand> Handle(GetAuditfileQuery query, CancellationToken cancellationToken)
    {
        var administratie = await db.ZichtbareAdministraties(user).AsNoTracking().VindAsync(query.AdministratieId, cancellationToken);
        var vandaag = Kalender.Dag(clock.GetUtcNow());
        var jaar = query.Jaar ?? vandaag.Year;
        var groep = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == administratie.GroepId).Select(o => o.Naam).FirstAsync(cancellationToken);
        var posten = await db.PostenAsync(administratie.Id, cancellationToken);
        return new AdministratieBestand($"auditfile-{SlugGenerator.FromName(groep)}-{jaar}.xaf", ContentType,
            Auditfile.Schrijf(administratie, groep, jaar, posten, vandaag));
    }
}
