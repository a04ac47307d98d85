using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Commands.UnsubscribeConferentieaanmelding;

/// <summary>Unsubscribes by the secret of the link in the confirmation: the name and address are removed at once (AVG art. 17); twice is fine.</summary>
[Public]
public sealed record UnsubscribeConferentieaanmeldingCommand : ICommand<ConferentieaanmeldingBevestigingDto>
{
    [JsonIgnore]
    public Guid ConferentieId { get; init; }

    /// <summary>The secret from the unsubscribe link.</summary>
    public required string Sleutel { get; init; }
}

public sealed class UnsubscribeConferentieaanmeldingValidator : AbstractValidator<UnsubscribeConferentieaanmeldingCommand>
{
    public UnsubscribeConferentieaanmeldingValidator() =>
        RuleFor(c => c.Sleutel).NotEmpty().MaximumLength(100).WithMessage("Gebruik de afmeldlink uit de bevestiging.");
}

public sealed class UnsubscribeConferentieaanmeldingHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<UnsubscribeConferentieaanmeldingCommand, ConferentieaanmeldingBevestigingDto>
{
    public async ValueTask<ConferentieaanmeldingBevestigingDto> Handle(UnsubscribeConferentieaanmeldingCommand command, CancellationToken cancellationToken)
    {
        var hash = BuurtTopQueries.Hash(command.Sleutel);
        var aanmelding = await db.Set<Conferentieaanmelding>()
            .FirstOrDefaultAsync(a => a.ConferentieId == command.ConferentieId && a.AfmeldSleutelHash == hash, cancellationToken)
            ?? throw new NotFoundException("Deze afmeldlink is niet (meer) geldig voor deze conferentie.");
        if (!aanmelding.MeldAf(clock.GetUtcNow()))
            return new(command.ConferentieId, "U was al afgemeld; uw gegevens zijn verwijderd.");
        await db.SaveChangesAsync(cancellationToken);
        return new(command.ConferentieId, "U bent afgemeld; uw naam en e-mailadres zijn verwijderd.");
    }
}
