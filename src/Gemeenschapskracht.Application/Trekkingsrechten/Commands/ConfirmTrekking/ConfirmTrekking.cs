using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Trekkingsrechten.Dtos;
using Gemeenschapskracht.Application.Trekkingsrechten.Shared;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Commands.ConfirmTrekking;

/// <summary>The initiative confirms that it received what a draw says: only the holder's bewonersorganisatie, once.</summary>
[Authorize(Roles = Roles.Bewonersorganisatie)]
public sealed record ConfirmTrekkingCommand(Guid Id, int Nummer) : ICommand<TrekkingsrechtDto>;

public sealed class ConfirmTrekkingValidator : AbstractValidator<ConfirmTrekkingCommand>
{
    public ConfirmTrekkingValidator() => RuleFor(c => c.Nummer).GreaterThan(0).WithMessage("Een trekking heeft een nummer vanaf 1.");
}

public sealed class ConfirmTrekkingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ConfirmTrekkingCommand, TrekkingsrechtDto>
{
    public async ValueTask<TrekkingsrechtDto> Handle(ConfirmTrekkingCommand command, CancellationToken cancellationToken)
    {
        var recht = await db.ZichtbareTrekkingsrechten(user).VindAsync(command.Id, cancellationToken);
        // The holder confirms for its own organisation; the entity refuses a supplier.
        var organisatie = user.OrganisatieId ?? throw new DomainException("U werkt niet namens een organisatie; alleen de houder bevestigt een trekking.");
        recht.Bevestig(command.Nummer, organisatie, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return recht.ToDto();
    }
}
