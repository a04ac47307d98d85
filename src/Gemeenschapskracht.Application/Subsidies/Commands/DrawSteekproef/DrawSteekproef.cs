using System.Security.Cryptography;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.DrawSteekproef;

/// <summary>
/// Draws the steekproef of a year among the subsidies set without a report whose period ended in it, with a fresh random
/// seed that is recorded with the population (so the draw can be repeated); once per year (a second is a 400).
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record DrawSteekproefCommand : ICommand<SteekproefDto>
{
    public required int Jaar { get; init; }
}

public sealed class DrawSteekproefValidator : AbstractValidator<DrawSteekproefCommand>
{
    public DrawSteekproefValidator() => RuleFor(c => c.Jaar).InclusiveBetween(2000, 2100).WithMessage("Kies een jaar tussen 2000 en 2100.");
}

[Regel(Regelcatalogus.UskSteekproef)]
public sealed class DrawSteekproefHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<DrawSteekproefCommand, SteekproefDto>
{
    public async ValueTask<SteekproefDto> Handle(DrawSteekproefCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await db.Set<Steekproef>().AnyAsync(s => s.Jaar == command.Jaar, cancellationToken))
            throw new DomainException($"De steekproef over {command.Jaar} is al getrokken; zij wordt niet opnieuw getrokken.");
        var van = new DateOnly(command.Jaar, 1, 1);
        var tot = new DateOnly(command.Jaar, 12, 31);
        var populatie = await db.Set<Beschikking>()
            .Where(b => b.Niveau == Verantwoordingsniveau.ZonderVerslag && b.Tot >= van && b.Tot <= tot && b.VaststellingId == null)
            .ToListAsync(cancellationToken);
        if (populatie.Count == 0)
            throw new DomainException($"Er zijn geen subsidies zonder verslag die in {command.Jaar} afliepen en nog niet zijn vastgesteld.");
        var zaad = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var steekproef = Steekproef.Trek(command.Jaar, zaad, await db.GeldendKaderAsync(now, cancellationToken), populatie, now);
        db.Set<Steekproef>().Add(steekproef);
        await db.SaveChangesAsync(cancellationToken);
        return steekproef.ToDto();
    }
}
