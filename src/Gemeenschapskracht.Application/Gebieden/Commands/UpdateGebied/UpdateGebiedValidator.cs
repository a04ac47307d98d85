using FluentValidation;

namespace Gemeenschapskracht.Application.Gebieden.Commands.UpdateGebied;

public sealed class UpdateGebiedValidator : AbstractValidator<UpdateGebiedCommand>
{
    public UpdateGebiedValidator()
    {
        RuleFor(c => c.Naam).MaximumLength(200).WithMessage("De naam mag hoogstens 200 tekens lang zijn.");
    }
}
