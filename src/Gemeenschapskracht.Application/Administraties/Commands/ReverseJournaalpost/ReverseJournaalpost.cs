using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Commands.ReverseJournaalpost;

/// <summary>
/// Corrects a mistake: a new entry that swaps the original's debits and credits and names it, dated today (or the day
/// given) in an open month. The original is never changed.
/// </summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
public sealed record ReverseJournaalpostCommand : ICommand<JournaalpostDto>
{
    [JsonIgnore]
    public Guid AdministratieId { get; init; }

    [JsonIgnore]
    public Guid JournaalpostId { get; init; }

    /// <summary>What was wrong with the original.</summary>
    public required string Reden { get; init; }

    /// <summary>The day of the reversal; today when left out.</summary>
    public DateOnly? Boekdatum { get; init; }
}

public sealed class ReverseJournaalpostValidator : AbstractValidator<ReverseJournaalpostCommand>
{
    public ReverseJournaalpostValidator() => RuleFor(c => c.Reden).RequiredText("de reden van de tegenboeking", 150);
}

public sealed class ReverseJournaalpostHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ReverseJournaalpostCommand, JournaalpostDto>
{
    public async ValueTask<JournaalpostDto> Handle(ReverseJournaalpostCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        var origineel = await db.Set<Journaalpost>().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == command.JournaalpostId && p.AdministratieId == administratie.Id, cancellationToken)
            ?? throw new NotFoundException("Deze journaalpost bestaat niet in deze administratie.");
        var alTegengeboekt = await db.Set<Journaalpost>().AnyAsync(p => p.TegenboekingVanId == origineel.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var post = administratie.BoekTegen(origineel, alTegengeboekt, command.Boekdatum ?? Kalender.Dag(now), command.Reden, user.Weergavenaam, now);
        db.Set<Journaalpost>().Add(post);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync(administratie, [post], cancellationToken))[0];
    }
}
