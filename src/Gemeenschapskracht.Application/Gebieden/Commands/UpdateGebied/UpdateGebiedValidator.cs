using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Gebieden.Commands.UpdateGebied;

public sealed class UpdateGebiedValidator : AbstractValidator<UpdateGebiedCommand>
{
    public UpdateGebiedValidator()
    {
        RuleFor(c => c.Naam).RequiredText("de naam van het gebied", 200);
    }
}
