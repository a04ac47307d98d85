using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Queries.GetLeeroverzicht;

/// <summary>
/// The learning overview across wijken and years (R6.2, G-1), from the adopted reports only, optionally of one kind of
/// subject and a span of years. Public, as the reports it is made from are.
/// </summary>
[Public]
public sealed record GetLeeroverzichtQuery(string? Soort, int? VanJaar, int? TotJaar) : IQuery<LeeroverzichtDto>;

public sealed class GetLeeroverzichtValidator : AbstractValidator<GetLeeroverzichtQuery>
{
    public const int EersteJaar = 2000;
    public const int LaatsteJaar = 2100;

    public GetLeeroverzichtValidator()
    {
        RuleFor(q => q.Soort).IsEnumNaam<GetLeeroverzichtQuery, Onderwerpsoort>("Kies wijkprogramma, professioneleInzet of initiatief.");
        RuleFor(q => q.VanJaar).InclusiveBetween(EersteJaar, LaatsteJaar).WithMessage($"Kies een jaar van {EersteJaar} tot en met {LaatsteJaar}.");
        RuleFor(q => q.TotJaar).InclusiveBetween(EersteJaar, LaatsteJaar).WithMessage($"Kies een jaar van {EersteJaar} tot en met {LaatsteJaar}.");
        RuleFor(q => q.TotJaar).GreaterThanOrEqualTo(q => q.VanJaar).When(q => q.VanJaar is not null && q.TotJaar is not null)
            .WithMessage("Het laatste jaar ligt niet voor het eerste.");
    }
}

[Regel(Regelcatalogus.G1)]
public sealed class GetLeeroverzichtHandler(IApplicationDbContext db, IThemaherkenning themaherkenning) : IQueryHandler<GetLeeroverzichtQuery, LeeroverzichtDto>
{
    public const int ThemasPerPerspectief = 6;

    public async ValueTask<LeeroverzichtDto> Handle(GetLeeroverzichtQuery query, CancellationToken cancellationToken)
    {
        var rapporten = db.Set<Visitatie>().AsNoTracking().Where(v => Visitatie.Gepubliceerd.Contains(v.Status));
        if (EnumNaam.Lees<Onderwerpsoort>(query.Soort) is { } soort)
            rapporten = rapporten.Where(v => v.Soort == soort);
        if (query.VanJaar is { } van)
            rapporten = rapporten.Where(v => v.GeplandOp >= new DateOnly(van, 1, 1));
        if (query.TotJaar is { } tot)
            rapporten = rapporten.Where(v => v.GeplandOp <= new DateOnly(tot, 12, 31));
        var visitaties = await rapporten.OrderBy(v => v.GeplandOp).ThenBy(v => v.Id).ToListAsync(cancellationToken);

        // Perspectives with the same name are one, whatever cycle or version they came from; in the order first met.
        var beoordelingen = visitaties
            .SelectMany(v => v.Beoordelingen.Select(b => (Perspectief: v.Perspectieven.FirstOrDefault(p => p.Id == b.PerspectiefId)?.Naam, b.Oordeel, b.Toelichting)))
            .Where(b => b.Perspectief is not null)
            .ToList();
        var perspectieven = beoordelingen.Select(b => b.Perspectief!).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(naam =>
            {
                var van = beoordelingen.Where(b => string.Equals(b.Perspectief, naam, StringComparison.OrdinalIgnoreCase)).ToList();
                return new PerspectiefLeerDto(naam,
                    [.. Enum.GetValues<Oordeel>().Select(o => new OordeelAantalDto(o, van.Count(b => b.Oordeel == o)))],
                    themaherkenning.TerugkerendeThemas([.. van.Select(b => b.Toelichting)], ThemasPerPerspectief));
            })
            .ToList();
        return new LeeroverzichtDto(visitaties.Count, visitaties.Select(v => v.WijkId).Distinct().Count(),
            [.. visitaties.GroupBy(v => v.GeplandOp.Year).OrderBy(g => g.Key).Select(g => new JaarAantalDto(g.Key, g.Count()))],
            perspectieven);
    }
}
